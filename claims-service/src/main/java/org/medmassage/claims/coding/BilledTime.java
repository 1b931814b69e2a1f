package org.medmassage.claims.coding;

/** What a service line reports about its length: treatment minutes (converted by the 8-minute rule) or units as billed. */
public sealed interface BilledTime {

    static BilledTime minutes(int minutes) {
        return new Minutes(minutes);
    }

    static BilledTime units(int units) {
        return new Units(units);
    }

    /** Direct one-on-one minutes of the service on the date of service (pre/post work excluded, CPT-01). */
    record Minutes(int value) implements BilledTime {
        public Minutes {
            if (value < 0) {
                throw new IllegalArgumentException("minutes must not be negative: " + value);
            }
        }
    }

    /** Units reported by the provider; taken as given and kept out of the minute pool. */
    record Units(int value) implements BilledTime {
        public Units {
            if (value < 0) {
                throw new IllegalArgumentException("units must not be negative: " + value);
            }
        }
    }
}
