package org.medmassage.claims.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.medmassage.claims.application.ReplaceOutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** PUT /fee-schedules/out-of-network: the plan's maximum allowable per unit for non-participating providers. */
@RestController
class FeeScheduleController {

    private final ReplaceOutOfNetworkFeeSchedule replaceSchedule;

    FeeScheduleController(ReplaceOutOfNetworkFeeSchedule replaceSchedule) {
        this.replaceSchedule = replaceSchedule;
    }

    record FeeScheduleRequest(
            @NotNull Map<@NotNull @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String,
                    @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal> rates) {
    }

    record FeeScheduleResponse(Map<String, BigDecimal> rates) {
    }

    @PutMapping("/fee-schedules/out-of-network")
    Mono<FeeScheduleResponse> replace(@Valid @RequestBody FeeScheduleRequest request) {
        return replaceSchedule.replace(new OutOfNetworkFeeSchedule(request.rates()))
                .map(schedule -> new FeeScheduleResponse(new TreeMap<>(schedule.maxAllowablePerUnit())));
    }
}
