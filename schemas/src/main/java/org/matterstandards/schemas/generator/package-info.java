/**
 * Generates the record schemas and their shared definitions from the model (模式生成): the components of the
 * {@code org.matterstandards.core.model} records and their constraint annotations. The generated files are
 * committed under {@code org/matterstandards/schemas/1.0/}; a test regenerates them and fails when they are stale
 * (docs/decisions/0001-schemas-generated-from-model.md).
 */
package org.matterstandards.schemas.generator;
