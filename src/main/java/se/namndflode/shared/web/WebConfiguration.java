package se.namndflode.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** Swedish by default; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final org.springframework.beans.factory.BeanFactory beans;

    WebConfiguration(org.springframework.beans.factory.BeanFactory beans) {
        this.beans = beans;
    }

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    static final Locale ENGLISH = Locale.ENGLISH;

    /** messages_sv.properties is the default; messages_en.properties the translation. No base file. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SWEDISH);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocales("namndflode-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Only Swedish and English have texts; anything else is shown in Swedish. */
    static final class SupportedLocales extends CookieLocaleResolver {

        SupportedLocales(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        private static Locale supported(Locale locale) {
            return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
        }
    }

    /**
     * Static files under their own paths only ({@code spring.web.resources.add-mappings: false} turns off Spring
     * Boot's {@code /**}). With the WebJars locator on the classpath the resource chain is on, and its
     * {@code ResourceUrlEncodingFilter} offers every {@code @{...}} link of a page to the resource handlers whose
     * pattern matches: under {@code /**} that was every link, each one a class-path lookup that found nothing
     * (two thirds of a task list page's CPU time, docs/performance.md, issue 13). Now {@code /arenden/...} matches
     * no resource pattern and is left as it is; {@code /webjars/echarts/dist/...} still finds its version.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    /** The folders of src/main/resources/static; SecurityConfiguration.PUBLIC_ASSETS lets them through. */
    static final String[] STATIC_FOLDERS = {"css", "js", "img"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new AuthorizeBeforeBinding(beans));
        // After the role check: an upload over the size limit is a 413, before anything is bound.
        registry.addInterceptor(UploadLimit.interceptor());
    }
}
