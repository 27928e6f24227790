package org.matterstandards.schemas;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parsed schema documents by {@code $id} (模式文档), so that a violation can read the keyword values next to the
 * one that failed (a {@code maximum} error wants the {@code minimum} too). Immutable.
 */
final class SchemaDocuments {

    private final Map<String, JsonNode> byId;

    SchemaDocuments(Map<String, JsonNode> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The node a schema location points at, or {@code null} when it is not one of our documents. */
    JsonNode at(SchemaLocation location) {
        return navigate(location, 0);
    }

    /** The schema object that holds the keyword a location points at. */
    JsonNode parentOf(SchemaLocation location) {
        return navigate(location, 1);
    }

    private JsonNode navigate(SchemaLocation location, int dropLast) {
        if (location == null || location.getAbsoluteIri() == null) {
            return null;
        }
        JsonNode node = byId.get(location.getAbsoluteIri().toString());
        NodePath fragment = location.getFragment();
        int count = fragment == null ? 0 : fragment.getNameCount() - dropLast;
        for (int i = 0; i < count && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }
}
