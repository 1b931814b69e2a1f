package org.medmassage.benefits.accumulator;

import org.medmassage.events.NetworkTier;

/** Money accumulators; in- and out-of-network never share a bucket (CS-05). */
public enum Bucket {
    DED_IN,
    DED_OON,
    OOP_IN,
    OOP_OON;

    public static Bucket deductible(NetworkTier tier) {
        return tier == NetworkTier.IN_NETWORK ? DED_IN : DED_OON;
    }

    public static Bucket outOfPocket(NetworkTier tier) {
        return tier == NetworkTier.IN_NETWORK ? OOP_IN : OOP_OON;
    }
}
