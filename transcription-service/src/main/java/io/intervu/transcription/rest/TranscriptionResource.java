package io.intervu.transcription.rest;

import io.intervu.transcription.config.TranscriptionConfig;
import io.intervu.transcription.service.TranscriptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/transcriptions")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptionResource {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

    private final TranscriptionService service;
    private final JsonWebToken jwt;
    private final long maxBytes;

    public TranscriptionResource(TranscriptionService service, JsonWebToken jwt, TranscriptionConfig config) {
        this.service = service;
        this.jwt = jwt;
        this.maxBytes = config.audio().maxBytes();
    }

    /** Multipart: {@code audio} (required), {@code transcript}, {@code languageCode} (en-US), {@code analyseConfidence} (false). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@RestForm("audio") FileUpload audio, @RestForm("transcript") String transcript,
                           @RestForm("languageCode") String languageCode, @RestForm("analyseConfidence") String analyseConfidence)
            throws IOException {
        if (audio == null || audio.uploadedFile() == null) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "The multipart part 'audio' is required.")
                    .withErrors(Map.of("audio", "required")));
        }
        if (audio.size() > maxBytes) {
            throw new ProblemException(413, "audio-too-large", "Audio too large",
                    "Audio can be at most " + maxBytes / (1024 * 1024) + " MB; this was " + audio.size() + " bytes.");
        }
        String language = languageCode == null || languageCode.isBlank() ? "en-US" : languageCode.strip();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "languageCode must be a BCP-47 tag such as en-US.")
                    .withErrors(Map.of("languageCode", "not a BCP-47 language tag")));
        }
        if (transcript != null && transcript.length() > 20_000) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "The transcript is longer than 20,000 characters.")
                    .withErrors(Map.of("transcript", "too long")));
        }
        byte[] bytes = Files.readAllBytes(audio.uploadedFile());
        boolean confidence = analyseConfidence != null && TRUE.contains(analyseConfidence.strip().toLowerCase());
        TranscriptionView view = service.transcribe(jwt.getSubject(), bytes, transcript, language, confidence);
        return Response.created(URI.create("/api/transcriptions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    public TranscriptionView get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        return service.find(uuid, jwt.getSubject()).orElseThrow(TranscriptionResource::notFound);
    }

    private static ProblemException notFound() {
        // the same answer for someone else's transcription as for none, so ids cannot be probed
        return new ProblemException(404, "not-found", "Not found", "No such transcription.");
    }
}
