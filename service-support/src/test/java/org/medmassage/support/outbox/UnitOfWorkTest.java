package org.medmassage.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The relay is woken after a commit only when the unit of work appended outbox rows (issue 17, item 4). */
class UnitOfWorkTest {

    private final OutboxRelay relay = mock(OutboxRelay.class);
    private final TransactionalOperator tx = mock(TransactionalOperator.class);
    private final UnitOfWork unitOfWork = new UnitOfWork(tx, relay);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void transactionsPassTheWorkThrough() {
        when(tx.transactional(any(Mono.class))).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void a_unit_of_work_that_appended_nothing_does_not_wake_the_relay() {
        assertThat(unitOfWork.execute(Mono.just("state changed")).block()).isEqualTo("state changed");

        verify(relay, never()).wake();
    }

    @Test
    void a_unit_of_work_that_appended_wakes_the_relay_once_after_it_completes() {
        Mono<String> appendingTwice = Mono.deferContextual(context -> {
            UnitOfWork.Appended.markIn(context);
            UnitOfWork.Appended.markIn(context);
            return Mono.just("announced");
        });

        assertThat(unitOfWork.execute(appendingTwice).block()).isEqualTo("announced");

        verify(relay, times(1)).wake();
    }

    @Test
    void a_unit_of_work_that_failed_after_appending_does_not_wake_the_relay() {
        Mono<String> failing = Mono.deferContextual(context -> {
            UnitOfWork.Appended.markIn(context);
            return Mono.error(new IllegalStateException("rolled back"));
        });

        assertThatThrownBy(() -> unitOfWork.execute(failing).block()).isInstanceOf(IllegalStateException.class);

        verify(relay, never()).wake();
    }

    @Test
    void a_unit_of_work_inside_another_leaves_the_wake_up_to_the_outer_one_which_commits() {
        Mono<String> appending = Mono.deferContextual(context -> {
            UnitOfWork.Appended.markIn(context);
            return Mono.just("claim of a file");
        });
        Mono<String> outer = unitOfWork.execute(Mono.just("file received")
                .flatMap(file -> unitOfWork.execute(appending))
                .doOnNext(inner -> verify(relay, never()).wake()));

        assertThat(outer.block()).isEqualTo("claim of a file");

        verify(relay, times(1)).wake();
    }

    @Test
    void each_execution_has_its_own_mark() {
        Mono<String> appending = Mono.deferContextual(context -> {
            UnitOfWork.Appended.markIn(context);
            return Mono.just("announced");
        });
        unitOfWork.execute(appending).block();
        unitOfWork.execute(Mono.just("nothing")).block();

        verify(relay, times(1)).wake();
    }
}
