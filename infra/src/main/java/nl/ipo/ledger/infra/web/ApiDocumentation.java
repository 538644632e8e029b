package nl.ipo.ledger.infra.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, description and security scheme: Swagger UI speaks Dutch and its
 * "Authorize" button asks for the ledger's HTTP basic credentials.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String BASIC = "gebruikersnaam-wachtwoord";
  static final String BEARER = "toegangstoken";

  @Bean
  OpenAPI ledgerOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("IPO besluitenregister – API")
                .version("1")
                .description(
                    "De JSON-API van het besluitenregister van het Interprovinciaal Overleg: elk"
                        + " besluit, mandaat en begrotingscijfer als onveranderlijk feit, met wie"
                        + " het voorstelde, wie besloot, onder welke bevoegdheid, wanneer en op welke"
                        + " bron. Lezen mag elke rol (secretariaat, AV-lid, auditor, beheerder);"
                        + " alleen het secretariaat legt vast. Fouten komen als problem+json met een"
                        + " Nederlandse uitleg (reason) en het veld (field). Meld u aan met"
                        + " 'Authorize' (HTTP basic, een persoonlijke toegangssleutel van de"
                        + " pagina /toegangssleutels, of een toegangstoken van de identiteitsdienst"
                        + " van de organisatie waar die is ingesteld). De pagina's voor mensen"
                        + " staan op /."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("Gebruikersnaam en wachtwoord van het register."))
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "Een persoonlijke toegangssleutel (ipo_pat_…, te maken op de pagina"
                                + " /toegangssleutels), of een toegangstoken (JWT) van de"
                                + " identiteitsdienst van de organisatie waar die is ingesteld.")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
