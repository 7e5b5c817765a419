package org.unsymbol.catalogue;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defect 13: the 16-document demo catalogue must not load into an empty production database (k8s included): the
 * shipped configuration turns the seed on in dev and test only.
 */
class SeedDefaultsTest {

    private static boolean seedIn(String profile) {
        ClassLoader loader = SeedDefaultsTest.class.getClassLoader();
        SmallRyeConfig config = new SmallRyeConfigBuilder().forClassLoader(loader).addDefaultInterceptors()
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader))
                .withProfile(profile).build();
        return config.getOptionalValue("unsymbol.seed.enabled", Boolean.class).orElse(false);
    }

    @Test
    void theDemoCatalogueLoadsInDevAndTestOnly() {
        assertEquals(false, seedIn("prod"), "production starts empty");
        assertEquals(true, seedIn("dev"));
        assertEquals(true, seedIn("test"));
    }

    @Test
    void theKubernetesConfigSaysNoSeed() throws Exception {
        String configMap = Files.readString(Path.of("k8s", "configmap.yaml"));
        assertTrue(configMap.contains("UNSYMBOL_SEED_ENABLED: \"false\""), configMap);
    }
}
