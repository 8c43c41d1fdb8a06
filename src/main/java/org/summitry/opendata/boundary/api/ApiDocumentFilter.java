package org.summitry.opendata.boundary.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the OpenAPI document say exactly what JSON-B writes. Payara's scanner leaves defaults of
 * {@code @Schema} in the document that mean something else in JSON Schema ({@code maxProperties: 0}
 * would allow no property at all), writes {@code long} as a number, inlines an annotated nested
 * record instead of referring to it, and cannot know which fields may be null. This filter rebuilds
 * the properties of every {@link ApiModel} schema from the record's components, keeping the
 * descriptions, examples and enumerations of the annotations: every property is required (JSON-B
 * writes nulls), and those that may be null say so.
 */
public class ApiDocumentFilter implements OASFilter {

  private static final String SCHEMAS = "#/components/schemas/";

  /** Object-typed components that are never null. */
  private static final Set<String> NEVER_NULL =
      Set.of(
          "type",
          "id",
          "slug",
          "title",
          "name",
          "code",
          "api",
          "self",
          "first",
          "last",
          "edtf",
          "words",
          "links",
          "files",
          "original",
          "version",
          "openapi",
          "q",
          "value",
          "label",
          "text");

  /** Components that may be null although {@link #NEVER_NULL} names them elsewhere. */
  private static final Set<String> MAY_BE_NULL =
      Set.of("Ref.slug", "Ref.page", "Links.page", "SearchHit.api", "SearchHit.page");

  @Override
  public Schema filterSchema(Schema schema) {
    clean(schema);
    if (schema.getType() == Schema.SchemaType.INTEGER
        && schema.getDefaultValue() instanceof String text) {
      schema.setDefaultValue(Integer.valueOf(text));
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI document) {
    ApiOperations.share(document);
    if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Class<?>> records = records();
    document
        .getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              Class<?> type = records.get(name);
              if (type != null) {
                rebuild(name, schema, type, records);
              }
            });
  }

  private static Map<String, Class<?>> records() {
    Map<String, Class<?>> records = new HashMap<>();
    for (Class<?> type : ApiModel.class.getDeclaredClasses()) {
      var annotation =
          type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
      if (type.isRecord() && annotation != null) {
        records.put(annotation.name(), type);
      }
    }
    return records;
  }

  private static void rebuild(
      String name, Schema schema, Class<?> type, Map<String, Class<?>> records) {
    Map<String, Schema> scanned =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String property = component.getName();
      Schema fresh = schemaOf(component.getGenericType(), records);
      Schema annotated = scanned.get(property);
      if (annotated != null) {
        fresh.setExample(annotated.getExample());
        if (annotated.getEnumeration() != null && fresh.getRef() == null) {
          fresh.setEnumeration(annotated.getEnumeration());
        }
      }
      String description = annotated == null ? null : annotated.getDescription();
      boolean nullable =
          !component.getType().isPrimitive()
              && !List.class.isAssignableFrom(component.getType())
              && !Map.class.isAssignableFrom(component.getType())
              && (!NEVER_NULL.contains(property) || MAY_BE_NULL.contains(name + "." + property));
      if (fresh.getRef() != null && (nullable || description != null)) {
        // Siblings of $ref are ignored in OpenAPI 3.0: wrap it to say more.
        fresh = OASFactory.createSchema().addAllOf(fresh);
      }
      if (nullable) {
        fresh.setNullable(true);
      }
      fresh.setDescription(description);
      properties.put(property, fresh);
      required.add(property);
    }
    schema.setType(Schema.SchemaType.OBJECT);
    schema.setProperties(properties);
    schema.setRequired(required);
    clean(schema);
  }

  private static Schema schemaOf(Type type, Map<String, Class<?>> records) {
    if (type instanceof ParameterizedType generic) {
      Type[] arguments = generic.getActualTypeArguments();
      if (generic.getRawType() == List.class) {
        return OASFactory.createSchema()
            .type(Schema.SchemaType.ARRAY)
            .items(schemaOf(arguments[0], records));
      }
      return OASFactory.createSchema()
          .type(Schema.SchemaType.OBJECT)
          .additionalPropertiesSchema(schemaOf(arguments[1], records));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == long.class || raw == Long.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
    }
    if (raw == int.class || raw == Integer.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }
    if (raw == BigDecimal.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
    }
    if (raw == LocalDate.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
    }
    for (Map.Entry<String, Class<?>> record : records.entrySet()) {
      if (record.getValue() == raw) {
        return OASFactory.createSchema().ref(SCHEMAS + record.getKey());
      }
    }
    return OASFactory.createSchema().type(Schema.SchemaType.STRING);
  }

  /** Drops the annotation defaults that the scanner copies into every annotated schema. */
  private static void clean(Schema schema) {
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxItems())) {
      schema.setMaxItems(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
  }
}
