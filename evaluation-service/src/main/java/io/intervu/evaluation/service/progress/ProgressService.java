package io.intervu.evaluation.service.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.InterviewAssessment;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The caller's progress across their assessed interviews (owner only: rows are selected by user). */
@ApplicationScoped
public class ProgressService {

    /** The most recent interviews a progress view draws; older ones drop off the chart. */
    static final int MAX_INTERVIEWS = 100;

    private final ObjectMapper json;

    public ProgressService(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public ObjectNode of(String userId) {
        List<InterviewAssessment> newestFirst = InterviewAssessment.find("userId", Sort.descending("createdAt"), userId)
                .page(Page.ofSize(MAX_INTERVIEWS)).list();
        List<JsonNode> payloads = new ArrayList<>();
        for (InterviewAssessment a : newestFirst) {
            payloads.add(read(a.payload));
        }
        Collections.reverse(payloads);
        return new ProgressBuilder(json).build(payloads);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment unreadable", e);
        }
    }
}
