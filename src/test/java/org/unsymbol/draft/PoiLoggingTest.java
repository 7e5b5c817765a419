package org.unsymbol.draft;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * POI (which the tests use to write Word files) logs through the Log4j API. Without a provider the API printed
 * "ERROR Log4j API could not find a logging provider" on the first Word draft; the provider Quarkus recommends,
 * log4j2-jboss-logmanager, hands its records to JBoss LogManager like every other log of the service.
 */
class PoiLoggingTest {

    @Test
    void theLog4jApiLogsIntoJbossLogManager() {
        assertEquals("org.jboss.logmanager.log4j.JBossLoggerContextFactory", LogManager.getFactory().getClass().getName());
    }
}
