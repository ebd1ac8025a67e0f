package io.intervu.rag.rest;

import io.intervu.rag.service.ReembedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The re-embed command: after switching embedding model, recompute every stored vector. */
@Path("/api/knowledge/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeAdminResource {

    private final ReembedService reembed;

    public KnowledgeAdminResource(ReembedService reembed) {
        this.reembed = reembed;
    }

    @POST
    @Path("/re-embed")
    public ReembedService.Result reembed() {
        return reembed.reembedAll();
    }
}
