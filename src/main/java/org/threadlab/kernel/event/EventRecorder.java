package org.threadlab.kernel.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sink that keeps every event, for tests, traces and replay checks. */
public final class EventRecorder implements EventSink {
    private final List<KernelEvent> events = new ArrayList<>();

    @Override
    public void accept(KernelEvent event) {
        events.add(event);
    }

    public List<KernelEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The events of one type, in order. */
    public <T extends KernelEvent> List<T> of(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (KernelEvent e : events) {
            if (type.isInstance(e)) {
                matching.add(type.cast(e));
            }
        }
        return matching;
    }

    /** The whole log, one formatted line per event. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (KernelEvent e : events) {
            sb.append(EventFormatter.format(e)).append('\n');
        }
        return sb.toString();
    }
}
