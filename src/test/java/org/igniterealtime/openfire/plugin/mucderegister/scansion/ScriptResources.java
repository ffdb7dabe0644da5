package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds and parses scripts on the test class path. */
public final class ScriptResources {

    /** The extension of scansion scripts. */
    public static final String EXTENSION = ".scs";

    private ScriptResources() {
    }

    /**
     * Parses the script at class path resource {@code resource}, e.g. {@code scansion/x.scs}.
     *
     * @throws IllegalArgumentException if there is no such resource
     * @throws ScriptSyntaxException    if it is not a well-formed script
     */
    public static Script load(String resource) {
        try (InputStream in = ScriptResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No script on the class path at " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return ScriptParser.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The resources of the scripts directly in class path directory {@code directory}, sorted.
     * Test resources are plain files, so only directories on the file system are supported.
     */
    public static List<String> list(String directory) {
        URL url = ScriptResources.class.getClassLoader().getResource(directory);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException("No class path directory " + directory + " on the file system");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith(EXTENSION))
                .sorted()
                .map(name -> directory + "/" + name)
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
