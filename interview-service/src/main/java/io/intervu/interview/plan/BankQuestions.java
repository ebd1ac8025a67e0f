package io.intervu.interview.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.client.KnowledgeDtos;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A small built-in question bank used only when rag-service cannot be reached, so an interview still starts. */
@ApplicationScoped
public class BankQuestions {

    private final List<KnowledgeDtos.BankQuestion> fallback;

    public BankQuestions(ObjectMapper json) {
        try (InputStream in = BankQuestions.class.getResourceAsStream("/question-bank/fallback.json")) {
            fallback = List.copyOf(json.readValue(in, new TypeReference<List<KnowledgeDtos.BankQuestion>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in question bank is unreadable", e);
        }
    }

    public List<KnowledgeDtos.BankQuestion> fallback() {
        return fallback;
    }
}
