package io.intervu.evaluation.service.llm;

import java.util.Map;

/**
 * The OpenAI-compatible fake for the calibration command's test: structured output off
 * (LLM_JSON_SCHEMA=false, the schema goes into the instruction) and no sceptical second pass, so
 * each answer is exactly one scripted request.
 */
public class ScriptedModelWireMock extends OpenAiCompatibleWireMock {

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of("LLM_JSON_SCHEMA", "false", "intervu.evaluation.model.review-pass", "false");
    }
}
