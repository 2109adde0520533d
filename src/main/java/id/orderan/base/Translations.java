package id.orderan.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indonesian first, English second. Bundles live in {@code vaadin-i18n/translations*.properties};
 * the base file is Indonesian. The no-fallback control matters: without it a server whose JVM
 * locale is English would silently show English to Indonesian users.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale INDONESIAN = JakartaTime.INDONESIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Languages users can choose: the base bundle is Indonesian, everything else is English. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    static ResourceBundle bundle(@Nullable Locale locale) {
        Locale target = supported(locale);
        // the base file holds Indonesian, so Indonesian maps to Locale.ROOT
        Locale lookup = target == ENGLISH ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}
