package io.intervu.rag.rest;

import io.intervu.rag.config.RagConfig;
import io.intervu.rag.repository.DocumentRepository;
import io.intervu.rag.service.DocumentWriter;
import io.intervu.rag.service.IngestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/** Admin API of the knowledge base: upload (Markdown, text, PDF), list, show and delete documents. */
@Path("/api/knowledge/documents")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeDocumentResource {

    private final IngestionService ingestion;
    private final DocumentRepository documents;
    private final DocumentWriter writer;
    private final long maxBytes;

    public KnowledgeDocumentResource(IngestionService ingestion, DocumentRepository documents, DocumentWriter writer, RagConfig config) {
        this.ingestion = ingestion;
        this.documents = documents;
        this.writer = writer;
        this.maxBytes = config.ingest().maxBytes();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String title, @RestForm String source,
                           @RestForm String topics, @RestForm String roles) throws IOException {
        if (file == null) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "A multipart part named 'file' is required."));
        }
        if (file.size() > maxBytes) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "The document has " + file.size() + " bytes; at most " + maxBytes + " are accepted.");
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        IngestionService.Result result = ingestion.ingest(new IngestionService.Upload(bytes, file.fileName(), file.contentType(),
                source, title, Params.tags(topics == null ? null : List.of(topics)), Params.tags(roles == null ? null : List.of(roles)), false));
        DocumentView view = DocumentView.of(result.document(), result.created());
        return result.created()
                ? Response.created(URI.create("/api/knowledge/documents/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    public List<DocumentView> list(@RestQuery Integer limit, @RestQuery Integer offset) {
        int l = limit == null ? 100 : Math.max(1, Math.min(500, limit));
        int o = offset == null ? 0 : Math.max(0, offset);
        return documents.list(l, o).stream().map(d -> DocumentView.of(d, null)).toList();
    }

    @GET
    @Path("/{id}")
    public DocumentView get(@PathParam("id") UUID id) {
        return documents.findById(id).map(d -> DocumentView.of(d, null)).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        if (!writer.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "document-not-found", "Document not found", "No knowledge document " + id + ".");
    }
}
