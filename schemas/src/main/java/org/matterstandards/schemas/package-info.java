/**
 * The published JSON Schemas (draft 2020-12) of matter-standards (JSON 模式) and a thin validator over networknt
 * json-schema-validator.
 *
 * <p>{@link org.matterstandards.schemas.MatterSchema} lists every schema with its stable {@code $id} and classpath
 * resource; {@link org.matterstandards.schemas.SchemaValidator} compiles them once, resolves every {@code $ref} from
 * the classpath only (never the network), checks code formats with core's check-digit code and reports
 * {@link org.matterstandards.schemas.SchemaViolation}s that carry the project's {@code SC-}/{@code CD-} codes and JSON
 * Pointers. The record schemas are generated from the model by
 * {@link org.matterstandards.schemas.generator.SchemaGenerator} and committed (docs/decisions/0001).
 */
package org.matterstandards.schemas;
