package io.intervu.k8scheck;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Binds a manifest document to its typed model: the fabric8 Kubernetes model for built-in kinds, Strimzi's
 * model for Strimzi's kinds. A field the model does not know fails, as does a string where the API wants a
 * number or the reverse. CloudNativePG and the Prometheus Operator publish no Java model on Maven Central,
 * so their documents become {@link GenericKubernetesResource} and only their metadata is checked here.
 */
public final class StrictParser {

    /** API groups read as generic resources because no Java model for them is published. */
    public static final Set<String> GENERIC_GROUPS = Set.of("postgresql.cnpg.io", "monitoring.coreos.com");

    private final ObjectMapper mapper;
    private final Map<String, Class<? extends HasMetadata>> types = new HashMap<>();

    public StrictParser() {
        mapper = JsonMapper.builder()
                .annotationIntrospector(new NoCatchAllIntrospector())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // the API server refuses 8081 where a string is expected (env values, ConfigMap data, annotations)
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (ServiceLoader.Provider<KubernetesResource> provider : ServiceLoader.load(KubernetesResource.class).stream().toList()) {
            register(provider.type());
        }
        for (Class<?> strimzi : List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)) {
            register(strimzi);
        }
    }

    @SuppressWarnings("unchecked")
    private void register(Class<?> type) {
        if (HasMetadata.class.isAssignableFrom(type) && !type.isInterface()
                && !GenericKubernetesResource.class.equals(type)) {
            Class<? extends HasMetadata> resource = (Class<? extends HasMetadata>) type;
            String apiVersion = HasMetadata.getApiVersion(resource);
            if (apiVersion != null) {
                types.putIfAbsent(apiVersion + "#" + HasMetadata.getKind(resource), resource);
            }
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The typed object, or a generic one for {@link #GENERIC_GROUPS}; throws with the reason otherwise. */
    public HasMetadata parse(Manifests.Document doc) {
        String apiVersion = doc.apiVersion();
        String key = apiVersion + "#" + doc.kind();
        JsonNode tree = mapper.valueToTree(doc.content());
        try {
            Class<? extends HasMetadata> type = types.get(key);
            if (type != null) {
                return mapper.treeToValue(tree, type);
            }
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            if (GENERIC_GROUPS.contains(group)) {
                GenericKubernetesResource generic = mapper.treeToValue(tree, GenericKubernetesResource.class);
                if (generic.getMetadata() == null || generic.getMetadata().getName() == null) {
                    throw new IllegalArgumentException("no metadata.name");
                }
                return generic;
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(doc.where() + " (" + key + "): " + firstLine(e.getMessage()), e);
        }
        throw new IllegalArgumentException(doc.where() + ": no model for " + key);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Both models keep fields they do not know in an {@code additionalProperties} map ({@code @JsonAnySetter}),
     * which would make FAIL_ON_UNKNOWN_PROPERTIES a no-op; this switches that catch-all off (and any
     * ignoreUnknown), so an unknown field is an error.
     */
    static final class NoCatchAllIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated a) {
            if (a instanceof com.fasterxml.jackson.databind.introspect.AnnotatedMember m
                    && m.getDeclaringClass() == GenericKubernetesResource.class) {
                return super.hasAnySetter(a); // a generic resource is nothing but its catch-all
            }
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                                                                    Annotated a) {
            JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, a);
            if (a instanceof AnnotatedClass c && c.getRawType() == GenericKubernetesResource.class) {
                return value;
            }
            return value == null ? null : value.withoutIgnoreUnknown();
        }
    }
}
