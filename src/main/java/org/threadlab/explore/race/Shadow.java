package org.threadlab.explore.race;

import java.util.ArrayList;
import java.util.List;

/**
 * The shadow state of one byte of memory (FastTrack, Flanagan and Freund 2009): the last write,
 * and the reads since it that are not ordered before one another (usually one read, so this is
 * FastTrack's read epoch; several only while threads read concurrently).
 */
final class Shadow {
    Access write;
    final List<Access> reads = new ArrayList<>(1);
}
