package org.medmassage.support.web;

/** 404 with problem details naming what was looked for. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, String id) {
        super(resource + " " + id + " does not exist");
    }
}
