/**
 * Web plumbing shared by all components: the datasource chosen by configuration, schema migrations,
 * the Thymeleaf view engine, error pages, static files and configuration.
 */
package org.summitry.platform;
