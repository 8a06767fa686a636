package org.parley.rules.drools.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The package names a restricted rule file may not take: Parley's, the engine's and the
 * JDK's namespaces, and every package of the JVM's modules and of the class path (each jar
 * and folder on it, the jars their manifests name, and every jar the class loader of Parley
 * sees). A rule file in one of them would make that package's classes, package-private ones
 * too, resolvable by their simple names. Read once, on first use.
 */
final class ClasspathPackages {

    /** The reserved namespaces, whatever the class path holds. */
    static final List<String> ROOTS = List.of("org.parley", "org.drools", "org.kie", "org.mvel2", "java", "javax",
            "jdk", "sun");

    private static volatile Set<String> packages;

    private ClasspathPackages() {
    }

    /** Why a package name is reserved, or empty when a rule file may use it. */
    static Optional<String> reservedBy(String name) {
        for (String root : ROOTS) {
            if (name.equals(root) || name.startsWith(root + ".")) {
                return Optional.of("the " + root + " namespace is Parley's, the engine's or the JDK's");
            }
        }
        if (packages().contains(name)) {
            return Optional.of("package " + name + " is on the class path");
        }
        for (String taken : packages()) {
            String namespace = namespace(taken);
            if (name.equals(namespace) || name.startsWith(namespace + ".")
                    || (namespace.startsWith(name + ".") && name.indexOf('.') > 0)) {
                return Optional.of(namespace + " is a namespace of the class path (" + taken + ")");
            }
        }
        return Optional.empty();
    }

    /** The namespace a package belongs to: its first two names ({@code org.slf4j}, {@code picocli}). */
    static String namespace(String pkg) {
        int first = pkg.indexOf('.');
        int second = first < 0 ? -1 : pkg.indexOf('.', first + 1);
        return second < 0 ? pkg : pkg.substring(0, second);
    }

    /** Every package of the boot layer and the class path. */
    static Set<String> packages() {
        Set<String> known = packages;
        if (known == null) {
            known = Collections.unmodifiableSet(scan());
            packages = known;
        }
        return known;
    }

    private static Set<String> scan() {
        Set<String> found = new TreeSet<>();
        ModuleLayer.boot().modules().forEach(module -> found.addAll(module.getPackages()));
        Deque<Path> entries = new ArrayDeque<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        try {
            Enumeration<URL> manifests = ClasspathPackages.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                String url = manifests.nextElement().toString();
                if (url.startsWith("jar:file:") && url.contains("!/")) {
                    try {
                        entries.add(Path.of(new java.net.URI(url.substring(4, url.indexOf("!/")))));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // Not a plain file: the class path property still names the jars it can.
                    }
                }
            }
        } catch (IOException e) {
            // What the class path property gave is still scanned.
        }
        Set<Path> seen = new HashSet<>();
        while (!entries.isEmpty()) {
            Path entry = entries.pop();
            if (seen.add(entry)) {
                read(entry, found, entries);
            }
        }
        return found;
    }

    private static void read(Path entry, Set<String> found, Deque<Path> more) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                        Path parent = entry.relativize(p).getParent();
                        if (parent != null) {
                            found.add(parent.toString().replace(java.io.File.separatorChar, '.'));
                        }
                    });
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        int slash = name.lastIndexOf('/');
                        if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")) {
                            found.add(name.substring(0, slash).replace('/', '.'));
                        }
                    }
                    if (jar.getManifest() != null) {
                        String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                        if (classPath != null) {
                            for (String named : classPath.trim().split("\\s+")) {
                                more.add(named.startsWith("file:") ? Path.of(java.net.URI.create(named))
                                        : entry.resolveSibling(named).normalize());
                            }
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // An unreadable entry of the class path holds no class a rule file could reach either.
        }
    }
}
