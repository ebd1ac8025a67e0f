package io.intervu.interview.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** transcription-service's API (docs/contracts.md); only {@link Transcriber} uses it. */
@RegisterRestClient(configKey = "transcription")
@Path("/api/transcriptions")
interface TranscriptionClient {

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    TranscriptionResult transcribe(@HeaderParam("Authorization") String authorization,
                                   @HeaderParam("X-On-Behalf-Of") String onBehalfOf, ClientMultipartForm form);
}
