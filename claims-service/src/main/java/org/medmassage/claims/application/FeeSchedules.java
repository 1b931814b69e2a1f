package org.medmassage.claims.application;

import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import reactor.core.publisher.Mono;

/** The plan's out-of-network maximum allowable amounts. */
public interface FeeSchedules {

    /** The current schedule; empty rates when none was ever set. */
    Mono<OutOfNetworkFeeSchedule> outOfNetwork();

    Mono<Void> replaceOutOfNetwork(OutOfNetworkFeeSchedule schedule);
}
