package dev.ztmm.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8Bom_removed() throws CollectException {
        byte[] bytes = "\uFEFFapiVersion: v1\n".getBytes(StandardCharsets.UTF_8);

        SourceText source = TextDecoder.decode("a.yaml", bytes);

        assertThat(source.text()).isEqualTo("apiVersion: v1\n");
        assertThat(source.encodingWarning()).isNull();
    }

    @Test
    void crlfAndLoneCr_becomeLf() throws CollectException {
        SourceText source = TextDecoder.decode("a.yml", "a: 1\r\nb: 2\rc: 3\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(source.text()).isEqualTo("a: 1\nb: 2\nc: 3\n");
    }

    @Test
    void utf16WithBom_decoded() throws CollectException {
        byte[] body = "kind: Pod\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(TextDecoder.decode("a.yaml", bytes).text()).isEqualTo("kind: Pod\n");
    }

    @Test
    void latin1Bytes_decodedWithWarningNamingLine() throws CollectException {
        byte[] bytes = "FROM debian\n# gr\u00fc\u00dfe\nUSER root\n".getBytes(StandardCharsets.ISO_8859_1);

        SourceText source = TextDecoder.decode("Dockerfile", bytes);

        assertThat(source.text()).contains("gr\u00fc\u00dfe");
        assertThat(source.encodingWarning()).contains("line 2", "ISO-8859-1");
    }

    @Test
    void nulBytes_rejectedAsBinary() {
        byte[] bytes = {'a', 0, 'b'};

        assertThatThrownBy(() -> TextDecoder.decode("x.yml", bytes))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("binary");
    }
}
