package org.anslag.web.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.anslag.shared.Role;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    private static OidcSettings settings(String roleMap) {
        return new OidcSettings("https://idp.example/realms/agency", "anslag", "secret", "roles",
                OidcSettings.roleMap(roleMap), "");
    }

    @Test
    void claimValuesNamingStaffRolesAreThoseRolesAndTheRestIsIgnored() {
        assertThat(settings("").roles(List.of("programme_manager", "FINANCE", "offline_access", "default-roles-anslag")))
                .containsExactlyInAnyOrder(Role.PROGRAMME_MANAGER, Role.FINANCE);
    }

    @Test
    void applicantIsNeverGivenByTheProvider() {
        assertThat(settings("").roles(List.of("APPLICANT"))).isEmpty();
        assertThatThrownBy(() -> OidcSettings.roleMap("municipality=APPLICANT"))
                .hasMessageContaining("'municipality=APPLICANT' does not map to one of");
    }

    @Test
    void aRoleMapTranslatesTheProvidersOwnNames() {
        OidcSettings mapped = settings("anslag-managers=PROGRAMME_MANAGER, ekonomi = FINANCE");
        assertThat(mapped.roles(List.of("ekonomi", "PROGRAMME_MANAGER"))).containsExactly(Role.FINANCE);
        assertThat(mapped.roles(List.of("anslag-managers"))).containsExactly(Role.PROGRAMME_MANAGER);
    }

    @Test
    void aMapPairWithoutARoleIsRefusedNamingIt() {
        assertThatThrownBy(() -> OidcSettings.roleMap("managers")).hasMessageContaining("'managers'");
        assertThatThrownBy(() -> OidcSettings.roleMap("managers=BOSS")).hasMessageContaining("write provider-value=ROLE");
    }

    @Test
    void theRolesClaimIsFoundByADottedPathAndAsListOrText() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("ADMIN", "offline_access")),
                "groups", "EVALUATOR RESEARCHER");
        assertThat(StaffSignInReturn.values(StaffSignInReturn.claim(claims, "realm_access.roles"))).containsExactly("ADMIN", "offline_access");
        assertThat(StaffSignInReturn.values(StaffSignInReturn.claim(claims, "groups"))).containsExactly("EVALUATOR", "RESEARCHER");
        assertThat(StaffSignInReturn.values(StaffSignInReturn.claim(claims, "missing.path"))).isEmpty();
    }

    @Test
    void offOnlyUntilIssuerClientAndSecretAreAllGiven() {
        assertThat(settings("").enabled()).isTrue();
        assertThat(new OidcSettings("", "anslag", "secret", "roles", Map.of(), "").enabled()).isFalse();
        assertThat(new OidcSettings("https://idp.example", "anslag", "", "roles", Map.of(), "").enabled()).isFalse();
    }
}
