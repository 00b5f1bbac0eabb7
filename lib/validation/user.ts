import { z } from "zod";

/**
 * The user fields the auth library writes. A provider's name on the account is only a label (the
 * public name lives on the profile): short, printable, no control characters. Images are not used.
 */
export const ZUserFields = z.object({
  name: z
    .string()
    .max(120, "Keep the name under 120 characters.")
    .regex(/^[^\u0000-\u001f\u007f]*$/, "The name contains a control character.")
    .optional(),
});

export type TUserFields = z.infer<typeof ZUserFields>;
