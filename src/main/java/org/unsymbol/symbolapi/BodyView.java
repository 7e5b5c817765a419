package org.unsymbol.symbolapi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.symbol.Body;
import org.unsymbol.symbol.BodyRegistry;

import java.util.List;
import java.util.Map;

/** A registry entry with its parent chain and children. */
@JsonPropertyOrder({"prefix", "parent", "root", "names", "validFrom", "validTo", "note", "chain", "children"})
@Schema(name = "Body", description = "A root organ or subsidiary body of the symbol registry")
public record BodyView(
        @Schema(example = "A/AC.292") String prefix,
        @Schema(nullable = true, description = "Null for a root", example = "A") String parent,
        boolean root,
        @Schema(description = "Names by language code", example = "{\"en\": \"Open-ended working group on security "
                + "of and in the use of information and communications technologies 2021-2025\"}")
        Map<String, String> names,
        @Schema(nullable = true, example = "2021") Integer validFrom,
        @Schema(nullable = true, example = "2025") Integer validTo,
        @Schema(nullable = true) String note,
        @Schema(description = "Ancestors, nearest first", example = "[\"A\"]") List<String> chain,
        @Schema(description = "Registered bodies directly under this one") List<String> children) {

    static BodyView of(Body b, BodyRegistry registry) {
        List<String> chain = registry.chain(b).stream().skip(1).map(Body::prefix).toList();
        List<String> children = registry.children(b).stream().map(Body::prefix).toList();
        return new BodyView(b.prefix(), b.parent(), b.isRoot(), b.names(), b.validFrom(), b.validTo(), b.note(),
                chain, children);
    }
}
