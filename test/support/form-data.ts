// A multipart/form-data body read as the platforms read it (by the runtime's own Response.formData()):
// its text fields and its files with their bytes. Both chat stand-ins take uploads this way.
export interface FormFile {
  field: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export const isMultipart = (contentType: string | undefined) => Boolean(contentType?.startsWith('multipart/form-data'));

export async function readForm(bytes: Buffer, contentType: string): Promise<{ fields: Map<string, string>; files: FormFile[] }> {
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  const fields = new Map<string, string>();
  const files: FormFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields.set(field, value);
    else files.push({ field, name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}
