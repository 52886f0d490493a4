package org.newsstream.registry;

/** An API error carrying Confluent's HTTP status and error code, so clients react as they do to Confluent's registry. */
public class RegistryError extends RuntimeException {
    final int status;
    final int code;

    RegistryError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static RegistryError subjectNotFound(String s) {
        return new RegistryError(404, 40401, "Subject '" + s + "' not found.");
    }

    static RegistryError versionNotFound(String s, Object v) {
        return new RegistryError(404, 40402, "Version " + v + " not found for subject '" + s + "'.");
    }

    static RegistryError schemaNotFound(String what) {
        return new RegistryError(404, 40403, "Schema " + what + " not found.");
    }

    static RegistryError subjectNotSoftDeleted(String s) {
        return new RegistryError(404, 40405, "Subject '" + s + "' was not deleted first before being permanently deleted.");
    }

    static RegistryError subjectConfigNotFound(String s) {
        return new RegistryError(404, 40408, "Subject '" + s + "' does not have subject-level compatibility configured.");
    }

    static RegistryError incompatible(String detail) {
        return new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema: " + detail);
    }

    static RegistryError invalidSchema(String detail) {
        return new RegistryError(422, 42201, "Invalid schema: " + detail);
    }

    static RegistryError invalidVersion(String v) {
        return new RegistryError(422, 42202, "The specified version '" + v + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryError invalidCompatibility(String level) {
        return new RegistryError(422, 42203, "Invalid compatibility level '" + level + "'. Valid values are: "
                + java.util.Arrays.toString(CompatibilityLevel.values()));
    }

    static RegistryError storeError(String detail) {
        return new RegistryError(500, 50001, "Error in the backend data store: " + detail);
    }
}
