package se.namndflode.registry;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads are documents of the registry, so the servlet container's multipart limits follow the registry's
 * file size limit ({@code namndflode.registry.max-file-size}): a file may be that large, a request 1 MB more
 * (for the form's other fields). This replaces Spring Boot's {@code spring.servlet.multipart.max-*} settings. An
 * upload over them is answered 413 "file too large" by {@link se.namndflode.shared.web.UploadLimit}.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(
            @Value("${namndflode.registry.max-file-size:20MB}") DataSize maxFileSize) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(maxFileSize);
        factory.setMaxRequestSize(DataSize.ofBytes(maxFileSize.toBytes() + DataSize.ofMegabytes(1).toBytes()));
        return factory.createMultipartConfig();
    }
}
