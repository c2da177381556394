package org.threadlab.vm.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.threadlab.vm.interp.Machine;

/**
 * The program's stdout and stderr. Every write goes through {@link Machine#writeOutput} (the
 * output budget; the console holds both streams interleaved) and is also recorded here as a
 * {@link Chunk} saying which stream it went to, so a runner can show the streams apart.
 */
public final class Output {
    /** The two output streams. */
    public enum Stream { STDOUT, STDERR }

    /** Consecutive bytes written to one stream. */
    public record Chunk(Stream stream, String text) {
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private final ByteArrayOutputStream[] streams = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
    private Stream lastStream;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Writes {@code bytes} to {@code stream}; throws the budget fault after writing the part that fits. */
    /** The explorer's snapshot copy. */
    Output copy() {
        Output c = new Output();
        if (lastStream == null) {
            return c; // nothing written yet
        }
        c.chunks.addAll(chunks);
        for (int i = 0; i < streams.length; i++) {
            c.streams[i].writeBytes(streams[i].toByteArray());
        }
        c.lastStream = lastStream;
        c.pending.writeBytes(pending.toByteArray());
        return c;
    }

    public void write(Machine machine, Stream stream, byte[] bytes) {
        int fits = (int) Math.min(bytes.length, machine.outputLeft());
        record(stream, bytes, fits);
        machine.writeOutput(bytes);
    }

    private void record(Stream stream, byte[] bytes, int n) {
        if (n == 0) {
            return;
        }
        if (lastStream != stream) {
            flushChunk();
            lastStream = stream;
        }
        pending.write(bytes, 0, n);
        streams[stream.ordinal()].write(bytes, 0, n);
    }

    private void flushChunk() {
        if (pending.size() > 0) {
            chunks.add(new Chunk(lastStream, pending.toString(StandardCharsets.UTF_8)));
            pending.reset();
        }
    }

    /** Everything written to {@code stream}, decoded as UTF-8. */
    public String text(Stream stream) {
        return streams[stream.ordinal()].toString(StandardCharsets.UTF_8);
    }

    /** The writes in order, consecutive writes to the same stream merged. */
    public List<Chunk> chunks() {
        flushChunk();
        return Collections.unmodifiableList(new ArrayList<>(chunks));
    }
}
