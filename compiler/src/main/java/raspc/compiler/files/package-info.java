/**
 * Files as raspc writes and reads them: {@link raspc.compiler.files.AtomicFiles} writes every
 * output file (runs, pictures, datasets, DOT) whole or not at all, with the permissions the
 * user's umask gives a new file; {@link raspc.compiler.files.TextFiles} reads UTF-8 text with a
 * clear message for a file that is not text; {@link raspc.compiler.files.FileNames} names files
 * in messages.
 */
package raspc.compiler.files;
