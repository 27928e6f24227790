package org.matterstandards.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that lists a module's API (接口清单: docs/api-core.md, docs/api.md): {@code - `Type`} items under
 * {@code ## `package`} headings, and {@code - allowed: `type` in `module`} lines for the internal types another
 * module may use. Read by the API-surface tests of core and of the SDK, so both pages keep one format.
 */
public final class ApiDocument {

    private static final Pattern TYPE_ITEM = Pattern.compile("^- `([A-Z][A-Za-z0-9.]*)`");
    private static final Pattern ALLOWED_INTERNAL = Pattern.compile("^- allowed: `([\\w.]+)` in `([\\w/-]+)`");

    private final Set<String> types;
    private final List<String> allowedUses;

    private ApiDocument(Set<String> types, List<String> allowedUses) {
        this.types = types;
        this.allowedUses = allowedUses;
    }

    /**
     * Reads a page.
     *
     * @param page        the Markdown file
     * @param rootPackage only headings of this package and its subpackages count
     * @return what the page lists
     * @throws IOException when the page cannot be read
     */
    public static ApiDocument read(Path page, String rootPackage) throws IOException {
        Pattern heading = Pattern.compile("^## `(" + Pattern.quote(rootPackage) + "[a-z0-9.]*)`");
        Set<String> types = new TreeSet<>();
        List<String> allowed = new ArrayList<>();
        String pkg = null;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            Matcher packageHeading = heading.matcher(line);
            if (packageHeading.find()) {
                pkg = packageHeading.group(1);
                continue;
            }
            if (line.startsWith("## ")) {
                pkg = null;
            }
            Matcher item = TYPE_ITEM.matcher(line);
            if (pkg != null && item.find()) {
                types.add(pkg + "." + item.group(1));
            }
            Matcher use = ALLOWED_INTERNAL.matcher(line);
            if (use.find()) {
                allowed.add(use.group(1) + " in " + use.group(2));
            }
        }
        return new ApiDocument(types, List.copyOf(allowed));
    }

    /** @return the listed types, by full name, nested ones with dots */
    public Set<String> types() {
        return types;
    }

    /** @return the allowed internal uses, each as {@code "type in module"} */
    public List<String> allowedUses() {
        return allowedUses;
    }

    /**
     * Whether a class is API-visible: public, and so is every type enclosing it.
     *
     * @param type the class
     * @return {@code true} when code outside its package can name it
     */
    public static boolean isPublicAllTheWayOut(JavaClass type) {
        Optional<JavaClass> current = Optional.of(type);
        while (current.isPresent()) {
            JavaClass each = current.get();
            if (!each.getModifiers().contains(JavaModifier.PUBLIC) || each.isAnonymousClass() || each.isLocalClass()) {
                return false;
            }
            current = each.getEnclosingClass();
        }
        return true;
    }
}
