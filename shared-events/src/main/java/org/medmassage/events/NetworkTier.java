package org.medmassage.events;

/** Network status of the rendering provider; selects the deductible and out-of-pocket buckets (CS-05). */
public enum NetworkTier {
    IN_NETWORK,
    OUT_OF_NETWORK
}
