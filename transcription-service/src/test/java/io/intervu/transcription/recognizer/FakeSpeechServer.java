package io.intervu.transcription.recognizer;

import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.Duration;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local gRPC server speaking google.cloud.speech.v1.Speech/Recognize on the real wire protocol
 * (HTTP/2 + protobuf). The stub module is not served here, so the service definition is built by hand.
 * Scripted answers are taken in order; when they run out, {@link #fallback} answers.
 */
public final class FakeSpeechServer implements AutoCloseable {

    static final MethodDescriptor<RecognizeRequest, RecognizeResponse> RECOGNIZE =
            MethodDescriptor.<RecognizeRequest, RecognizeResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName(MethodDescriptor.generateFullMethodName("google.cloud.speech.v1.Speech", "Recognize"))
                    .setRequestMarshaller(ProtoUtils.marshaller(RecognizeRequest.getDefaultInstance()))
                    .setResponseMarshaller(ProtoUtils.marshaller(RecognizeResponse.getDefaultInstance()))
                    .build();

    public final List<RecognizeRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Function<RecognizeRequest, Object>> script = new ArrayDeque<>();
    private volatile Function<RecognizeRequest, Object> fallback = request -> Status.UNIMPLEMENTED.withDescription("no answer scripted");
    private final Server server;

    public FakeSpeechServer() throws IOException {
        ServerServiceDefinition service = ServerServiceDefinition.builder("google.cloud.speech.v1.Speech")
                .addMethod(RECOGNIZE, ServerCalls.asyncUnaryCall((request, observer) -> {
                    requests.add(request);
                    Function<RecognizeRequest, Object> answer;
                    synchronized (script) {
                        answer = script.isEmpty() ? fallback : script.poll();
                    }
                    Object result = answer.apply(request);
                    if (result instanceof Status status) {
                        observer.onError(status.asRuntimeException());
                    } else {
                        observer.onNext((RecognizeResponse) result);
                        observer.onCompleted();
                    }
                }))
                .build();
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).addService(service).build().start();
    }

    public String endpoint() {
        return "localhost:" + server.getPort();
    }

    public FakeSpeechServer then(Function<RecognizeRequest, Object> answer) {
        synchronized (script) {
            script.add(answer);
        }
        return this;
    }

    public FakeSpeechServer thenFail(Status status) {
        return then(request -> status);
    }

    public FakeSpeechServer always(Function<RecognizeRequest, Object> answer) {
        this.fallback = answer;
        return this;
    }

    public void reset() {
        synchronized (script) {
            script.clear();
        }
        requests.clear();
        fallback = request -> Status.UNIMPLEMENTED.withDescription("no answer scripted");
    }

    /** One result per sentence; each word "text@start-end" in seconds, as the real service shapes it. */
    public static RecognizeResponse response(String... sentences) {
        RecognizeResponse.Builder response = RecognizeResponse.newBuilder();
        for (String sentence : sentences) {
            SpeechRecognitionAlternative.Builder alternative = SpeechRecognitionAlternative.newBuilder().setConfidence(0.92f);
            StringBuilder transcript = new StringBuilder();
            for (String token : sentence.split(" ")) {
                String[] parts = token.split("@");
                String[] times = parts[1].split("-");
                transcript.append(transcript.isEmpty() ? "" : " ").append(parts[0]);
                alternative.addWords(WordInfo.newBuilder().setWord(parts[0])
                        .setStartTime(duration(Double.parseDouble(times[0])))
                        .setEndTime(duration(Double.parseDouble(times[1])))
                        .setConfidence(0.9f));
            }
            alternative.setTranscript(transcript.toString());
            response.addResults(SpeechRecognitionResult.newBuilder().addAlternatives(alternative).setLanguageCode("en-us"));
        }
        return response.build();
    }

    private static Duration duration(double seconds) {
        long whole = (long) Math.floor(seconds);
        return Duration.newBuilder().setSeconds(whole).setNanos((int) Math.round((seconds - whole) * 1e9)).build();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
