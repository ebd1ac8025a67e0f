package io.intervu.interview.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** rag-service's knowledge API (docs/contracts.md); only {@link KnowledgeBase} uses it. */
@RegisterRestClient(configKey = "rag")
@Path("/api/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RagClient {

    @POST
    @Path("/search")
    KnowledgeDtos.SearchResponse search(@HeaderParam("Authorization") String authorization, KnowledgeDtos.SearchRequest request);

    @GET
    @Path("/questions")
    List<KnowledgeDtos.BankQuestion> questions(@HeaderParam("Authorization") String authorization,
                                               @QueryParam("topics") String topics, @QueryParam("roles") String roles,
                                               @QueryParam("types") String types, @QueryParam("limit") int limit);

    @GET
    @Path("/topics")
    List<KnowledgeDtos.TopicCount> topics(@HeaderParam("Authorization") String authorization);
}
