import { unknownApiPath } from "@/lib/server/http/api/method-not-allowed";

// Every /api/v1 path no route serves answers the JSON envelope 404, whatever the method.
export { unknownApiPath as GET, unknownApiPath as POST, unknownApiPath as PUT, unknownApiPath as PATCH, unknownApiPath as DELETE };
