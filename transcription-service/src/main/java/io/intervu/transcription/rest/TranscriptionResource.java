package io.intervu.transcription.rest;

import io.intervu.transcription.config.TranscriptionConfig;
import io.intervu.transcription.service.TranscriptionService;
import io.intervu.transcription.service.TranscriptionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
    /** auth-service's user ids, exactly as they appear in {@code sub} and in auth.user-deleted. */
    private static final Pattern USER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final String SERVICE_GROUP = "service";
    static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private final TranscriptionService service;
    private final JsonWebToken jwt;
    private final long maxBytes;

    public TranscriptionResource(TranscriptionService service, JsonWebToken jwt, TranscriptionConfig config) {
        this.service = service;
        this.jwt = jwt;
        this.maxBytes = config.audio().maxBytes();
    }

    /**
     * Multipart: {@code audio} (required), {@code transcript}, {@code languageCode} (en-US), {@code analyseConfidence} (false).
     * A service token (interview-service finishing work after a restart) must name the user it acts for in
     * {@code X-On-Behalf-Of}; that user owns the transcription, so their erasure removes it.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"user", SERVICE_GROUP})
    public Response create(@RestForm("audio") FileUpload audio, @RestForm("transcript") String transcript,
                           @RestForm("languageCode") String languageCode, @RestForm("analyseConfidence") String analyseConfidence,
                           @HeaderParam(ON_BEHALF_OF) String onBehalfOf)
            throws IOException {
        String owner = owner(onBehalfOf);
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
        TranscriptionView view = service.transcribe(owner, bytes, transcript, language, confidence);
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

    /** A user owns what they upload (the header is ignored); a service names the user. */
    private String owner(String onBehalfOf) {
        if (!jwt.getGroups().contains(SERVICE_GROUP)) {
            return jwt.getSubject();
        }
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            throw new ProblemException(Problem.of(400, "on-behalf-of-required", "User required",
                            "A service caller must name the user in the " + ON_BEHALF_OF + " header.")
                    .withErrors(Map.of(ON_BEHALF_OF, "required")));
        }
        String userId = onBehalfOf.strip();
        if (!USER_ID.matcher(userId).matches()) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", ON_BEHALF_OF + " must be a user id.")
                    .withErrors(Map.of(ON_BEHALF_OF, "not a user id")));
        }
        return userId;
    }

    private static ProblemException notFound() {
        // the same answer for someone else's transcription as for none, so ids cannot be probed
        return new ProblemException(404, "not-found", "Not found", "No such transcription.");
    }
}
