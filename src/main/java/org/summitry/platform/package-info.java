/**
 * Web plumbing shared by all components: the datasource chosen by configuration, schema migrations,
 * the Thymeleaf view engine and the layout, the language of each request and its messages (Bean
 * Validation's too), security headers, error pages, static files, health checks, graceful shutdown
 * and configuration.
 */
package org.summitry.platform;
