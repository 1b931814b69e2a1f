package org.medmassage.claims.persistence;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** R2DBC needs the type of a null parameter; this binds either the value or a typed null. */
final class Nullable {

    private Nullable() {
    }

    static <T> GenericExecuteSpec bind(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
