package org.threadlab.kernel.event;

/** The rows of seed 003's thread-pool tables, with the seed's own labels. */
public enum PoolChange {
    INITIAL("Initial"),
    LO_WATER_TRIP("lo_water trip"),
    UNBLOCK("Unblock"),
    COMPLETION("Completion"),
    HI_WATER_TRIP("hi_water trip");

    private final String label;

    PoolChange(String label) {
        this.label = label;
    }

    /** The label seed 003 prints in its "Event" column. */
    public String label() {
        return label;
    }
}
