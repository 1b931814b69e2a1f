package org.medmassage.support.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemberLockTest {

    @Test
    void a_namespace_is_its_ascii_characters_as_one_number_so_each_owner_has_its_own_locks() {
        assertThat(MemberLock.namespace("outb")).isEqualTo(0x6f757462);
        assertThat(MemberLock.namespace("BEN")).isEqualTo(0x42454E);
        assertThat(MemberLock.namespace("auth")).isNotEqualTo(MemberLock.namespace("outb"));
    }

    @Test
    void a_namespace_has_one_to_four_ascii_characters() {
        assertThatThrownBy(() -> MemberLock.namespace("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberLock.namespace("claims")).isInstanceOf(IllegalArgumentException.class);
    }
}
