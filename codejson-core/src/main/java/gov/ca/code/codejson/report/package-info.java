/**
 * The one formatter of diagnostics ({@code DiagnosticFormat}: line, JSON, SARIF) and the one
 * escaping of text for written outputs ({@code OutputText}) and for terminals ({@code TerminalText}).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.report;

import org.jspecify.annotations.NullMarked;
