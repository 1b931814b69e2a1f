package org.medmassage.support.r2dbc;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Every service's connection factory (Spring Boot's pool) is used through {@link CancelSafeConnectionFactory}. */
public class CancelSafeConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ConnectionFactory factory && !(bean instanceof CancelSafeConnectionFactory)
                ? new CancelSafeConnectionFactory(factory) : bean;
    }
}
