package org.unsymbol.catalogue.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roles a key can hold are exactly the ones the schema's CHECK constraint accepts. */
class SymbolRoleTest {

    @Test
    void theRolesAreTheSchemasRoles() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__catalogue.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("CHECK \\(role IN \\(([^)]*)\\)\\)").matcher(sql);
        assertTrue(m.find(), "no CHECK on document_symbol.role");
        List<String> schema = Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replace("'", "")).toList();
        assertEquals(schema, Arrays.stream(SymbolRole.values()).map(SymbolRole::column).toList());
    }
}
