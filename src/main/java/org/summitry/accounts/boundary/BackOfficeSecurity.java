package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How the container authenticates: a visitor who asks for a page under {@code /admin} (protected in
 * {@code web.xml}) is redirected to the sign-in form, whose controller hands the credentials to the
 * container; the signed-in identity is then kept in the HTTP session.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class BackOfficeSecurity {}
