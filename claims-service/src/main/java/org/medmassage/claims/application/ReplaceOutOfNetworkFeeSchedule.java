package org.medmassage.claims.application;

import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Replaces the plan's out-of-network maximum allowable amounts as a whole. */
@Service
public class ReplaceOutOfNetworkFeeSchedule {

    private final UnitOfWork unitOfWork;
    private final FeeSchedules feeSchedules;

    public ReplaceOutOfNetworkFeeSchedule(UnitOfWork unitOfWork, FeeSchedules feeSchedules) {
        this.unitOfWork = unitOfWork;
        this.feeSchedules = feeSchedules;
    }

    public Mono<OutOfNetworkFeeSchedule> replace(OutOfNetworkFeeSchedule schedule) {
        return unitOfWork.execute(feeSchedules.replaceOutOfNetwork(schedule).thenReturn(schedule));
    }
}
