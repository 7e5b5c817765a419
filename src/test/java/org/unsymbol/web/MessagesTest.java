package org.unsymbol.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every word of the interface is in the six languages: each message of {@link Msg} in each of the five bundles. */
class MessagesTest {

    @Test
    void everyMessageIsInTheSixLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Method m : Msg.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Message.class)) {
                keys.add(m.getName());
            }
        }
        for (String lang : List.of("ar", "zh", "fr", "ru", "es")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/msg_" + lang + ".properties")) {
                assertNotNull(in, lang);
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(p.stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in msg_" + lang);
            Set<String> extra = new TreeSet<>(p.stringPropertyNames());
            extra.removeAll(keys);
            assertEquals(Set.of(), extra, "not a message of Msg, in msg_" + lang);
        }
    }
}
